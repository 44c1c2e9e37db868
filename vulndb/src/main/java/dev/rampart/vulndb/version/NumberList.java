package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.List;

/** A list of numbers compared item by item, a list that is a prefix of another sorting first. */
record NumberList(List<BigInteger> numbers) implements Comparable<NumberList> {
    @Override
    public int compareTo(NumberList o) {
        for (int i = 0; i < Math.min(numbers.size(), o.numbers.size()); i++) {
            int c = numbers.get(i).compareTo(o.numbers.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(numbers.size(), o.numbers.size());
    }
}

package dev.rampart.runtime.condition;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Turns the {@code and}/{@code or}/{@code not} structure of a compiled condition into one generated
 * class whose {@code test} method is a chain of branches, each check called from its own call
 * site. Evaluated as a tree of {@link Logic} nodes, every check is called from the same few call
 * sites in {@code Logic}, which see hundreds of check classes; the JIT can then neither inline them
 * nor predict the calls. In the generated method each call site sees one class, so the JIT inlines
 * the check, and the whole condition compiles to straight-line code. Same order of evaluation, same
 * short-circuits, same results as the tree.
 *
 * <p>Bytecode is generated with ASM (the {@code java.lang.classfile} API is not available at the
 * Java 21 language level) and defined as a hidden class, unloaded with the predicate.
 */
public final class PredicateCode {
    /**
     * Most checks in one generated method: keeps the method below the size the JIT refuses to
     * compile (8,000 bytes); larger subtrees become generated classes of their own.
     */
    static final int MAX_CHECKS = 300;

    private static final String PREDICATE = "dev/rampart/runtime/condition/Predicate";
    private static final String EVENT = "dev/rampart/runtime/events/Event";
    private static final String TEST_DESC = "(L" + EVENT + ";)Z";
    private static final String CLASS_NAME = "dev/rampart/runtime/condition/GeneratedPredicate";
    private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class, Predicate[].class);

    private PredicateCode() {}

    /** The predicate as generated code; a single check (no and/or/not) is returned as it is. */
    public static Predicate generate(Predicate p) {
        if (!(p instanceof Logic.And || p instanceof Logic.Or || p instanceof Logic.Not)) {
            return p;
        }
        Predicate node = checks(p) <= MAX_CHECKS ? p : split(p);
        List<Predicate> leaves = new ArrayList<>();
        byte[] bytes = classBytes(node, leaves);
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            MethodHandle ctor = hidden.findConstructor(hidden.lookupClass(), CONSTRUCTOR);
            return (Predicate) ctor.invoke(leaves.toArray(Predicate[]::new));
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the generated class of a condition", e);
        }
    }

    /** The same tree with its too-large subtrees generated separately, so they count as one check. */
    private static Predicate split(Predicate p) {
        if (checks(p) <= MAX_CHECKS) {
            return generate(p);
        }
        return switch (p) {
            case Logic.And a -> new Logic.And(splitAll(a.children()));
            case Logic.Or o -> new Logic.Or(splitAll(o.children()));
            case Logic.Not n -> new Logic.Not(split(n.child()));
            default -> p;
        };
    }

    private static Predicate[] splitAll(Predicate[] children) {
        Predicate[] out = new Predicate[children.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = split(children[i]);
        }
        return out;
    }

    /** The number of checks (leaves) in a tree. */
    static int checks(Predicate p) {
        return switch (p) {
            case Logic.And a -> sum(a.children());
            case Logic.Or o -> sum(o.children());
            case Logic.Not n -> checks(n.child());
            default -> 1;
        };
    }

    private static int sum(Predicate[] children) {
        int n = 0;
        for (Predicate c : children) {
            n += checks(c);
        }
        return n;
    }

    // ---- class generation ---------------------------------------------------------------------

    private static byte[] classBytes(Predicate root, List<Predicate> leaves) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // only ints are merged at branch targets; never asked in practice
            }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, CLASS_NAME, null,
                "java/lang/Object", new String[] {PREDICATE});

        MethodVisitor test = cw.visitMethod(Opcodes.ACC_PUBLIC, "test", TEST_DESC, null, null);
        test.visitCode();
        Label isFalse = new Label();
        new Emitter(test, leaves).jump(root, isFalse, false);
        test.visitInsn(Opcodes.ICONST_1);
        test.visitInsn(Opcodes.IRETURN);
        test.visitLabel(isFalse);
        test.visitInsn(Opcodes.ICONST_0);
        test.visitInsn(Opcodes.IRETURN);
        test.visitMaxs(0, 0);
        test.visitEnd();

        for (int i = 0; i < leaves.size(); i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i), "L" + PREDICATE + ";", null, null).visitEnd();
        }
        constructor(cw, leaves.size());
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** {@code GeneratedPredicate(Predicate[] checks)}: one final field per check. */
    private static void constructor(ClassWriter cw, int n) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "([L" + PREDICATE + ";)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitLdcInsn(i);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitFieldInsn(Opcodes.PUTFIELD, CLASS_NAME, field(i), "L" + PREDICATE + ";");
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static String field(int i) {
        return "c" + i;
    }

    /** Emits jump code: each node jumps to a label when its value is the one wanted, else falls through. */
    private record Emitter(MethodVisitor mv, List<Predicate> leaves) {

        /** Code that jumps to {@code target} when {@code p} evaluates to {@code when}, and falls through otherwise. */
        void jump(Predicate p, Label target, boolean when) {
            switch (p) {
                case Logic.Not n -> jump(n.child(), target, !when);
                case Logic.And a -> sequence(a.children(), target, when, false);
                case Logic.Or o -> sequence(o.children(), target, when, true);
                default -> check(p, target, when);
            }
        }

        /**
         * An {@code and} ({@code shortCircuit} false: the first false child decides) or an {@code or}
         * ({@code shortCircuit} true: the first true child decides), left to right.
         */
        private void sequence(Predicate[] children, Label target, boolean when, boolean shortCircuit) {
            if (children.length == 0) {
                if (when != shortCircuit) { // an empty and is true, an empty or false
                    mv.visitJumpInsn(Opcodes.GOTO, target);
                }
                return;
            }
            if (when == shortCircuit) {
                for (Predicate c : children) {
                    jump(c, target, when); // the deciding value of any child is the node's value
                }
                return;
            }
            Label decided = new Label();
            for (int i = 0; i < children.length - 1; i++) {
                jump(children[i], decided, shortCircuit);
            }
            jump(children[children.length - 1], target, when);
            mv.visitLabel(decided);
        }

        private void check(Predicate p, Label target, boolean when) {
            int i = leaves.size();
            leaves.add(p);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, CLASS_NAME, field(i), "L" + PREDICATE + ";");
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, PREDICATE, "test", TEST_DESC, true);
            mv.visitJumpInsn(when ? Opcodes.IFNE : Opcodes.IFEQ, target);
        }
    }
}

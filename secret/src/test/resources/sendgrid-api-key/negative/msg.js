msg.send(); // SG. prefix docs

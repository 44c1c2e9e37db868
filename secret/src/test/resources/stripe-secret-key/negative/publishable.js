Stripe("pk_live_dL3N7bKmwY6hJB3PA1AIOrMR");

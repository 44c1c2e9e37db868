STRIPE_SECRET_KEY = "sk_live_Igujdz9v6kpdDI8PscQ08bQc"

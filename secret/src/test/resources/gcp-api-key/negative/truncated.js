const key = "AIzayZkYgvYkSGamKgGSgk8p";

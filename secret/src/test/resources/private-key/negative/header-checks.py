if data.startswith("-----BEGIN RSA PRIVATE KEY-----"):
    kind = "rsa"
elif data.startswith("-----BEGIN PRIVATE KEY-----"):
    kind = "pkcs8"
FOOTER = "-----END PRIVATE KEY-----"

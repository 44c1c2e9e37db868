const token = req.headers.authorization;
const secret = getSecret();
let password = this.password;
const tokenUrl = 'https://oauth2.googleapis.com/token';

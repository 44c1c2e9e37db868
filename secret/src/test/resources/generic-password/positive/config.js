module.exports = {
  clientSecret: 'lpNU2vDDIcB43o2MlUH9NlSO',
};

// Stylesheets imported by components are nothing to jest.
module.exports = {};

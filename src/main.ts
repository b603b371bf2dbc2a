// The gateway is being built (see the README's scope section). Until it lands, say so plainly.
console.log('The GraphQL gateway is not built yet. `npm test` runs the AMS library tests; see README.md for scope.');

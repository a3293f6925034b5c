/** STUB (owner fills it): \`npm run bench\`. */
console.log('bench: not yet implemented');

// Vitest runs lib code outside Next; 'server-only' would throw there, so tests alias it to this empty module.
export {};

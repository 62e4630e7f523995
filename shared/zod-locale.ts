import { z } from 'zod';

// Validation messages reach users (wrapped in our own sentences), so they are Swedish.
z.config(z.locales.sv());

export { z };

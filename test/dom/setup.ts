import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAllStores } from './reset-stores';

afterEach(() => {
  cleanup();
  resetAllStores();
  window.location.hash = '';
  Reflect.deleteProperty(window, 'examinator');
});

import { resetStores } from '../../renderer/app/store';

/** Every zustand store of the renderer (each made by defineStore), restored to its initial state between tests. */
export function resetAllStores(): void {
  resetStores();
}

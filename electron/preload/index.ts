// The renderer's only door to main: one function that sends a contract method and its input.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('api', method, input),
});

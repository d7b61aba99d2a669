import { createContext, useContext } from 'react';

/** The campaign year the screens show; chosen in the header. */
export const YearContext = createContext<number>(new Date().getFullYear());

export function useYear(): number {
  return useContext(YearContext);
}

/** The round year an office is most likely working on: the current year until its decisions are done in December. */
export function defaultYear(today = new Date()): number {
  return today.getFullYear();
}

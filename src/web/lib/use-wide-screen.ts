import { useMediaQuery } from '@mantine/hooks';

/** True from Mantine's `sm` breakpoint (48em, 768px) up; phones get false. Known on first render. */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false }) ?? true;
}

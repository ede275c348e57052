import { afterAll } from 'vitest';

/**
 * Imported by the tests that render Preact components. Preact runs effects after the next
 * paint, with a 100 ms timer as the fallback that calls cancelAnimationFrame; if a file ends
 * first, vitest has torn jsdom down and the timer throws "cancelAnimationFrame is not defined"
 * (a fresh-clone CI run, 2026-12-02, after every test had passed). Let those timers fire while
 * the window still exists.
 */
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));

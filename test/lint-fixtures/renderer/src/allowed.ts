// Allowed: the renderer imports shared code and browser packages.
import { dispatch } from '#shared/contract/dispatch';
import Dexie from 'dexie';

export const fine = [dispatch, Dexie];

import { provideZonelessChangeDetection } from '@angular/core';
import { startAngular } from './angular-app.js';

export const start = (host) => startAngular(host, [provideZonelessChangeDetection()]);

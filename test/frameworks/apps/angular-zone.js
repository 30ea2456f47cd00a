import 'zone.js';
import { provideZoneChangeDetection } from '@angular/core';
import { startAngular } from './angular-app.js';

export const start = (host) => startAngular(host, [provideZoneChangeDetection({ eventCoalescing: true })]);

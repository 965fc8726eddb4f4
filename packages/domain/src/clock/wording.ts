// Small pieces of Dutch and English wording shared by the explanations of computed dates.
import { formatLongDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';

export const longNl = (date: IsoDate): string => formatLongDate(date, 'nl');
export const longEn = (date: IsoDate): string => formatLongDate(date, 'en');

export const daysNl = (n: number): string => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
export const daysEn = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;
export const weeksNl = (n: number): string => `${n} ${n === 1 ? 'week' : 'weken'}`;
export const weeksEn = (n: number): string => `${n} ${n === 1 ? 'week' : 'weeks'}`;
export const workingDaysNl = (n: number): string => `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`;
export const workingDaysEn = (n: number): string => `${n} ${n === 1 ? 'working day' : 'working days'}`;

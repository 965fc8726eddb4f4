// Dutch first, English on request. The choice is kept in this browser and set on <html lang> for screen readers.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Bilingual } from '../api/api-types';
import { messages, type Language, type MessageKey } from './messages';

const storageKey = 'woo.language';

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  /** A text of the dictionary; `{name}` placeholders are filled from `vars`. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** The text in the current language of something the API sent in both. */
  pick: (text: Bilingual) => string;
  /** A date 'YYYY-MM-DD' written out: "maandag 2 maart 2026". */
  date: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'en' ? 'en' : 'nl';
}

export function LanguageProvider({ children }: { children: React.ReactNode }) {
  const [lang, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    window.localStorage.setItem(storageKey, next);
    setLanguage(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = messages[lang];
    const formatter = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      lang,
      setLang,
      t: (key, vars) =>
        (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
          vars && name in vars ? String(vars[name]) : whole,
        ),
      pick: (text) => text[lang],
      date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatter.format(new Date(`${iso}T00:00:00Z`)) : iso),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}

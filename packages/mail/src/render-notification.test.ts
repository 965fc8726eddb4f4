import { describe, expect, it } from 'vitest';
import { NotificationRenderError } from './notification-render-error.js';
import { renderNotification } from './render-notification.js';
import { notificationTemplateNames, type NotificationTemplateName } from './templates/all-templates.js';
import { acknowledgementDeadline, templateSamples } from './templates/template-samples.fixture.js';

/** Words that show which language a part is in, and a fact every template prints. */
const expectations: Record<NotificationTemplateName, { nl: string[]; en: string[] }> = {
  'request.acknowledgement': {
    nl: ['maandag 2 maart 2026', 'maandag 30 maart 2026', 'Uiterlijke beslisdatum'],
    en: ['Monday 2 March 2026', 'Monday 30 March 2026', 'Decision due by'],
  },
  'contact.confirmation': {
    nl: ['woensdag 4 maart 2026', 'telefonisch', 'herinrichting Stationsplein', 'afdeling Ruimte', 'artikel 4:15 Awb'],
    en: ['Wednesday 4 March 2026', 'by phone', 'You narrowed your request', 'Awb article 4:15'],
  },
  'precisering.requested': {
    nl: ['donderdag 19 maart 2026', 'Over welke periode', 'artikel 4.1 lid 5 Woo'],
    en: ['Thursday 19 March 2026', 'Woo article 4.1(5)'],
  },
  'zienswijze.requested': {
    nl: ['dinsdag 24 maart 2026', 'zienswijze', 'De offerte van 12 februari 2025'],
    en: ['Tuesday 24 March 2026', 'Give your view here'],
  },
  'zienswijze.received': {
    nl: ['vrijdag 20 maart 2026', 'zienswijze', 'artikel 4.4 lid 5 Woo'],
    en: ['Friday 20 March 2026', 'We received your view', 'Woo article 4.4(5)'],
  },
  'deadline.changed': {
    nl: ['dinsdag 14 april 2026', 'maandag 30 maart 2026', 'verdaging', 'Er zijn veel documenten gevonden.'],
    en: ['Tuesday 14 April 2026', 'Monday 30 March 2026', '+2 weeks extension'],
  },
  'zienswijze.requester-informed': {
    nl: ['dinsdag 24 maart 2026', 'woensdag 1 april 2026', 'nog niet definitief', 'artikel 4.4 lid 4 Woo'],
    en: ['Tuesday 24 March 2026', 'Wednesday 1 April 2026', 'not final yet', 'Woo article 4.4(4)'],
  },
  'extension.announced': {
    nl: ['dinsdag 14 april 2026', 'maandag 30 maart 2026', 'verdaging', 'Er zijn veel documenten gevonden.'],
    en: ['Tuesday 14 April 2026', 'Monday 30 March 2026', 'Woo article 4.4(2)'],
  },
  'request.forwarded': {
    nl: ['vrijdag 6 maart 2026', 'Provincie Noord-Holland', 'artikel 4.2 Woo'],
    en: ['Friday 6 March 2026', 'Provincie Noord-Holland', 'Woo article 4.2'],
  },
  'request.not-handled': {
    nl: ['vrijdag 20 maart 2026', 'artikel 4.1 lid 6 Woo', '6 weken bezwaar'],
    en: ['Friday 20 March 2026', 'Woo article 4.1(6)', 'objection within 6 weeks'],
  },
  'request.withdrawn': {
    nl: ['maandag 9 maart 2026', 'ingetrokken'],
    en: ['Monday 9 March 2026', 'withdrew'],
  },
  'deadline.reminder': {
    nl: ['dinsdag 7 april 2026', '5 werkdagen'],
    en: ['Tuesday 7 April 2026', '5 working days'],
  },
  'first-contact.reminder': {
    nl: ['donderdag 5 maart 2026', '3 werkdagen'],
    en: ['Thursday 5 March 2026', '3 working days'],
  },
  'case.overdue': {
    nl: ['maandag 30 maart 2026', 'Sam de Vries', 'artikel 6:12 Awb'],
    en: ['Monday 30 March 2026', 'Awb article 6:12'],
  },
  'decision.sent': {
    nl: ['vrijdag 27 maart 2026', 'zaterdag 11 april 2026', 'Wij maken een deel van de informatie openbaar'],
    en: ['Friday 27 March 2026', 'Saturday 11 April 2026', 'We disclose part of the information'],
  },
};

describe('renderNotification', () => {
  it('knows exactly the templates producers use', () => {
    expect([...notificationTemplateNames].sort()).toEqual(
      [
        'zienswijze.requester-informed',
        'extension.announced',
        'request.forwarded',
        'request.not-handled',
        'request.withdrawn',
        'request.acknowledgement',
        'contact.confirmation',
        'precisering.requested',
        'zienswijze.requested',
        'zienswijze.received',
        'deadline.changed',
        'deadline.reminder',
        'first-contact.reminder',
        'case.overdue',
        'decision.sent',
      ].sort(),
    );
  });

  describe.each(notificationTemplateNames)('%s', (template) => {
    const data = templateSamples[template];

    it('renders in Dutch with English below, with the facts in both', () => {
      const message = renderNotification(template, data, 'nl');
      expect(message.subject).toContain('WOO-2026-0042');
      const [dutch, english] = message.text.split('---------- English ----------');
      expect(english).toBeDefined();
      for (const fact of expectations[template].nl) expect(dutch).toContain(fact);
      for (const fact of expectations[template].en) expect(english).toContain(fact);
      expect(message.text.startsWith('English version below.')).toBe(true);
      expect(message.html).toContain('<html lang="nl">');
      expect(message.html).toContain('<div lang="en">');
    });

    it('renders in English first when the locale is en, with Dutch below', () => {
      const message = renderNotification(template, data, 'en');
      expect(message.subject).toContain('WOO-2026-0042');
      const [english, dutch] = message.text.split('---------- Nederlands ----------');
      expect(dutch).toBeDefined();
      for (const fact of expectations[template].en) expect(english).toContain(fact);
      for (const fact of expectations[template].nl) expect(dutch).toContain(fact);
      expect(message.html).toContain('<html lang="en">');
    });

    it('escapes what people typed in the HTML', () => {
      const message = renderNotification(
        template,
        { ...data, recipientName: '<script>alert("x")</script>', organisationName: 'A & B <b>' },
        'nl',
      );
      expect(message.html).not.toContain('<script>');
      expect(message.html).not.toContain('<b>');
      expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      // The plain text part shows it as written.
      expect(message.text).toContain('<script>alert("x")</script>');
    });
  });

  it('states the acknowledgement deadline with every explanation step, in both languages', () => {
    const message = renderNotification('request.acknowledgement', templateSamples['request.acknowledgement'], 'nl');
    expect(acknowledgementDeadline.deadline).toBe('2026-03-30');
    expect(acknowledgementDeadline.steps.length).toBeGreaterThan(1);
    for (const step of acknowledgementDeadline.steps) {
      expect(message.text).toContain(step.nl);
      expect(message.text).toContain(step.en);
    }
    expect(message.text).toContain('Wij moeten uiterlijk op maandag 30 maart 2026 een besluit nemen');
    expect(message.text).toContain('https://woo.voorbeeldstad.nl/status/abc123');
    expect(message.html).toContain('<a href="https://woo.voorbeeldstad.nl/status/abc123">');
  });

  it('refuses data that does not fit, naming the fields but not the values', () => {
    const data = { ...templateSamples['request.acknowledgement'], deadline: '30-03-2026', statusUrl: 'ftp://x' };
    let error: unknown;
    try {
      renderNotification('request.acknowledgement', data as never, 'nl');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotificationRenderError);
    expect((error as NotificationRenderError).code).toBe('mail.invalid_data');
    expect((error as NotificationRenderError).fields).toEqual(['deadline', 'statusUrl']);
    expect((error as Error).message).not.toContain('30-03-2026');
  });

  it('refuses links that are not http(s)', () => {
    const data = { ...templateSamples['decision.sent'], publicationUrl: 'javascript:alert(1)' };
    expect(() => renderNotification('decision.sent', data, 'nl')).toThrow(/publicationUrl/);
  });

  it('refuses an unknown template', () => {
    expect(() => renderNotification('no.such-template', {}, 'nl')).toThrow(
      expect.objectContaining({ code: 'mail.unknown_template' }),
    );
  });

  it('points to the acknowledgement when a later message has no status link', () => {
    const { statusUrl: _, ...data } = templateSamples['precisering.requested'];
    const message = renderNotification('precisering.requested', { ...data, periodEnd: null, question: null }, 'nl');
    expect(message.text).toContain('via de link in onze ontvangstbevestiging');
    expect(message.text).toContain('Stuur uw antwoord zo snel mogelijk.');
    expect(message.text).not.toContain('staat de termijn voor ons besluit stil');
  });

  it('greets without a name when there is none', () => {
    const { recipientName: _, ...data } = templateSamples['request.acknowledgement'];
    const message = renderNotification('request.acknowledgement', data, 'nl');
    expect(message.text).toContain('Beste meneer, mevrouw,');
    expect(message.text).toContain('Dear Sir or Madam,');
  });
});

import { describe, expect, it } from 'vitest';
import { scanText } from './index.ts';
import { isValidUkPostcode } from './pii.ts';
import type { FindingType } from './types.ts';

/** The excerpts of one finding type, checking every span against the text as it goes. */
function found(text: string, type: FindingType): string[] {
  const findings = scanText(text);
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  return findings.filter((f) => f.type === type).map((f) => f.excerpt);
}

describe('phone', () => {
  it.each([
    ['call me on 07700 900123', '07700 900123'],
    ['07911-123-456 is mine', '07911-123-456'],
    ['its 07911123456', '07911123456'],
    ['+44 7700 900456 thats my new number', '+44 7700 900456'],
    ['+44 (0)7700 900789', '+44 (0)7700 900789'],
    ['0044 7700 900111 when ur out', '0044 7700 900111'],
    ['my new num 07 700 900 321', '07 700 900 321'],
    ['07.700.900.654 text me', '07.700.900.654'],
    ['0 7 7 0 0 9 0 0 1 4 4 thats me', '0 7 7 0 0 9 0 0 1 4 4'],
    ['my mums number is 0161 496 0000', '0161 496 0000'],
    ['house phone (0161) 496 0321', '(0161) 496 0321'],
    ['020 7946 0123 is my nan', '020 7946 0123'],
    ['12/03/2024 07700900123', '07700900123'],
    ['its 07456/223/981', '07456/223/981'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'phone')).toEqual([excerpt]);
  });

  it('scores mobiles above landlines', () => {
    expect(scanText('07700 900123')[0]?.severity).toBe(4);
    expect(scanText('0161 496 0000')[0]?.severity).toBe(3);
  });

  it.each([
    'Meeting ID: 845 2231 9087',
    'Meeting ID: 845 2231 9087 Passcode: 662190',
    'see you at 10:30 in room 12',
    'we destroyed them 3-0',
    'the 2024/25 season starts in 2024',
    'parents evening is 14/03/2025 from 4:00pm',
    'Order number 0774 5592 1183 has been dispatched',
    'Invoice no. 20240315 has been paid',
    'call Childline on 0800 1111',
    '0770090012345678 is too long to be a number',
    'scores 3-0 2-1 4-4 10:30',
    'reference 07700 900123',
  ])('ignores %j', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });
});

describe('email', () => {
  it.each([
    ['my email is kayla.m2010@gmail.com', 'kayla.m2010@gmail.com'],
    ['Please reply to j.hughes@oakfield.sch.uk by Friday.', 'j.hughes@oakfield.sch.uk'],
    ['send it to jayden_w@hotmail.co.uk', 'jayden_w@hotmail.co.uk'],
    ['its lily dot rose at gmail dot com', 'lily dot rose at gmail dot com'],
    ['jess99 (at) hotmail (dot) com lol', 'jess99 (at) hotmail (dot) com'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'email')).toEqual([excerpt]);
  });

  it('scores organisation addresses lower', () => {
    expect(scanText('j.hughes@oakfield.sch.uk')[0]?.severity).toBe(2);
    expect(scanText('kayla@gmail.com')[0]?.severity).toBe(3);
  });

  it.each([
    'email me at the office',
    'see u @ 3pm',
    'meet @ the park',
    'the school email is office@ at the usual address',
  ])('ignores %j', (text) => {
    expect(found(text, 'email')).toEqual([]);
  });
});

describe('postcode', () => {
  it.each([
    ['my postcode is LS6 2AB', 'LS6 2AB'],
    ["it's ls62ab for the taxi", 'ls62ab'],
    ['send it to SW1A 1AA', 'SW1A 1AA'],
    ['postcode is b15 2tt', 'b15 2tt'],
    ['EC1A 1BB please', 'EC1A 1BB'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'postcode')).toEqual([excerpt]);
  });

  it('validates areas and inward codes', () => {
    expect(isValidUkPostcode('LS6 2AB')).toBe(true);
    expect(isValidUkPostcode('GIR 0AA')).toBe(true);
    expect(isValidUkPostcode('QQ1 2AB')).toBe(false); // no QQ area
    expect(isValidUkPostcode('LS6 2CB')).toBe(false); // C never appears in an inward code
    expect(isValidUkPostcode('LS6A 2AB')).toBe(false); // letter districts are London only
    expect(isValidUkPostcode('CR0 2AB')).toBe(true); // Croydon has a district 0
    expect(isValidUkPostcode('B0 0BS')).toBe(false); // Birmingham does not
    expect(isValidUkPostcode('LS06 2AB')).toBe(false); // no district begins with 0
  });

  it.each([
    'meet at w8 4th floor',
    'Flight BA1326 at 06:45',
    'im on level 42',
    'the M62 at junction 25',
    'send me a pic of ur b00bs',
  ])('ignores %j', (text) => {
    expect(found(text, 'postcode')).toEqual([]);
  });
});

describe('address', () => {
  it.each([
    ['i live at 12 oak road', '12 oak road'],
    ['im at 47 Station Street', '47 Station Street'],
    ['my address is 4a Birch Close', '4a Birch Close'],
    ['drop it off at 3 Meadow View please', '3 Meadow View'],
    ['number 33 Green Lane is my house', '33 Green Lane'],
    ['im in flat 12b', 'flat 12b'],
    ['i live on elm road', 'elm road'],
    ['we are at 16 The Crescent this week', '16 The Crescent'],
    ['its 5 Jubilee Cottages', '5 Jubilee Cottages'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'address')).toEqual([excerpt]);
  });

  it('finds a flat and the street together', () => {
    expect(found('flat 3, 22 wellington street', 'address')).toEqual(['flat 3', '22 wellington street']);
  });

  it.each([
    'i have 2 close friends at school',
    '3 way call tonight?',
    'i walked 5 miles down the road for charity',
    'we need 2 more people for the walk',
    'session moved to Room 14 next week',
    'i left my coat in room 4b',
    'year 9 are in the park',
    'we were 2 streets away',
    'see you at 3 the road is shut',
  ])('ignores %j', (text) => {
    expect(found(text, 'address')).toEqual([]);
  });
});

describe('school', () => {
  it.each([
    ['i go to Oakfield Primary School', 'Oakfield Primary School'],
    ["shes at St Bede's Catholic College", "St Bede's Catholic College"],
    ['anyone else from hartley academy?', 'hartley academy'],
    ['we played Westfield Academy on saturday', 'Westfield Academy'],
    ['i go to st marys', 'st marys'],
    ['is anyone else at Cardinal Heenan?', 'Cardinal Heenan'],
    ['YP attends Riverside Special School', 'Riverside Special School'],
    ['she goes to Manor Park Secondary', 'Manor Park Secondary'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'school')).toEqual([excerpt]);
  });

  it.each([
    'my old primary school is being knocked down',
    "i'm going to secondary school in september",
    'after school club is cancelled today',
    'the football academy trials are on saturday',
    'high school musical is the best film',
    'he is going to college next year',
    'Maybe school is closed tomorrow',
    'we went to St Ives on holiday',
    "i'm going to secondary in september",
  ])('ignores %j', (text) => {
    expect(found(text, 'school')).toEqual([]);
  });
});

describe('social handle', () => {
  it.each([
    ['sc: rory_09', 'rory_09'],
    ['my insta is lilyyy.x', 'lilyyy.x'],
    ['follow me @kayla.m2010', '@kayla.m2010'],
    ['discord - kai#4821', 'kai#4821'],
    ['add me on snap its jess_x2', 'jess_x2'],
    ['my snap is kaylamarie', 'kaylamarie'],
    ['snap me on tyler_b.2010', 'tyler_b.2010'],
    ['snap me: jake_r.07', 'jake_r.07'],
    ['hmu on insta jess.x2', 'jess.x2'],
    ['add me on discord, im ghost#5520', 'ghost#5520'],
    ['add me on discord im shadowfox', 'shadowfox'],
    ['add my snap jay.k_2010', 'jay.k_2010'],
    ['add me on minecraft my name is CreeperKing99', 'CreeperKing99'],
  ])('finds %j', (text, excerpt) => {
    expect(found(text, 'social_handle')).toEqual([excerpt]);
  });

  it.each([
    'see u @ 3pm',
    'meet @3pm at the gates',
    '@everyone training is cancelled',
    'im @home',
    'snap is down again',
    'discord is better than teams',
    'my insta got hacked',
    'email jo@gmail.com',
    'snap me back',
    'snap me later',
    'snap me when ur home',
    'add me on kik, its easier to talk there',
    'add me on snap im going out later',
  ])('ignores %j', (text) => {
    expect(found(text, 'social_handle')).toEqual([]);
  });
});

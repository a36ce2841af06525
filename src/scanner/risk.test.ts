import { describe, expect, it } from 'vitest';
import { LOOK_ALIKES, loadSet } from './eval/fixture-sets.ts';
import { listRules, scanText } from './index.ts';
import type { FindingType } from './types.ts';
import { RISK_TYPES } from './types.ts';

function types(text: string): FindingType[] {
  return [...new Set(scanText(text).map((f) => f.type))].sort();
}

function riskTypes(text: string): FindingType[] {
  return types(text).filter((t) => (RISK_TYPES as readonly string[]).includes(t));
}

describe('everyday talk is not a finding', () => {
  // The issue's own list, verbatim, the idioms that sit next to real signals, and near misses
  // of the forms added after the held-out sets. Kept in a fixture because the wording model
  // learns from them too (eval/fixtures/README.md).
  it.each(loadSet(LOOK_ALIKES).map((ex) => ex.text))('%j', (text) => {
    expect(riskTypes(text)).toEqual([]);
  });
});

describe('self-harm', () => {
  it.each([
    'i just want to kill myself',
    'i wish i was dead',
    'ive been cutting myself again',
    'i dont want to be here anymore',
    'whats the point in living',
    'everyone would be better off without me',
    'i feel suicidal',
    'took a load of paracetamol',
    "i wish i'd never been born",
    "i don't see the point anymore",
    'my friend says she wants to kill herself',
  ])('%j', (text) => {
    expect(riskTypes(text)).toContain('self_harm');
  });

  it('softens but keeps hyperbole that names dying', () => {
    const [f] = scanText('i want to die 😂 mr jones just called on me');
    expect(f?.type).toBe('self_harm');
    expect(f?.severity).toBe(3);
  });
});

describe('violence', () => {
  it.each([
    "i'll batter you",
    'im gonna stab him',
    'ima jump her after school',
    'watch ur back',
    'hes bringing a knife to school',
    'my brother got stabbed last night',
    'my dad hits me when hes drunk',
    'theres gonna be a fight after school',
    'they said theyre gonna jump me on the way home',
    'ill smash your face in',
  ])('%j', (text) => {
    expect(riskTypes(text)).toContain('violence');
  });

  it('does not read objects that are not people as threats', () => {
    expect(riskTypes('im going to end it all')).not.toContain('violence');
    expect(riskTypes("i'll smash it tomorrow")).toEqual([]);
  });
});

describe('bullying', () => {
  it.each([
    'ur so ugly',
    'you fat cow',
    'nobody likes you',
    'kick her out of the gc',
    'kys',
    'hope u die',
    "i'll send ur pics to everyone",
    'shut up you retard',
    'they keep picking on me',
  ])('%j', (text) => {
    expect(riskTypes(text)).toContain('bullying');
  });
});

describe('sexual', () => {
  it.each([
    'send nudes',
    'can i see a pic of u in ur bra',
    'ur making me horny',
    'what are u wearing rn',
    'u have a nice body',
    "send more or i'll post them everywhere",
    'wanna see my dick',
  ])('%j', (text) => {
    expect(riskTypes(text)).toContain('sexual');
  });
});

describe('grooming', () => {
  it.each([
    ['secrecy', 'dont tell ur mum we talk ok'],
    ['secrecy', "it's our little secret"],
    ['maturity', 'ur so mature for ur age'],
    ['maturity', 'age is just a number'],
    ['probing age', 'how old r u'],
    ['probing alone', 'are u home alone'],
    ['probing supervision', 'do ur parents check ur phone'],
    ['gifts', "i'll buy u a new phone"],
    ['gifts', 'want some free robux?'],
    ['private platform', 'add me on snap'],
    ['private platform', 'download telegram so we can talk'],
    ['meeting alone', 'come on your own'],
    ['meeting alone', 'we should meet irl'],
    ['pick-up', "i'll pick you up from school"],
    ['deleting evidence', 'delete these messages after you read them'],
    ['isolation', 'i understand you better than your parents do'],
  ])('%s: %j', (_, text) => {
    expect(riskTypes(text)).toContain('grooming');
  });

  it('treats a peer secret as weaker than a secret relationship', () => {
    const secret = scanText("it's our little secret").find((f) => f.type === 'grooming');
    expect(secret?.severity).toBe(4);
    expect(scanText("it's a secret, you'll find out friday")).toEqual([]);
  });
});

describe('general forms found missing by the held-out sets', () => {
  const rulesFor = (text: string): string[] => scanText(text).map((f) => f.rule);

  it.each([
    ['he touched me down there', 'risk.sexual.abuse_disclosure'],
    ['my cousin touched me in my room and told me not to say', 'risk.sexual.abuse_disclosure'],
    ['he tried to make me touch him', 'risk.sexual.abuse_disclosure'],
    ['my coach keeps touching my bum', 'risk.sexual.abuse_disclosure'],
    ['my uncle puts his hand in my pants', 'risk.sexual.abuse_disclosure'],
    ['i think i was raped', 'risk.sexual.abuse_disclosure'],
    ['my stepdad comes in my room and touches me when im asleep', 'risk.sexual.abuse_disclosure'],
    ['he keeps asking me for pics in my underwear', 'risk.sexual.image_request'],
    ["i'll pay u £50 for pics", 'risk.sexual.image_request'],
    ['what colour underwear are you wearing', 'risk.sexual.body_talk'],
    ["he said he'll stab me if i go to the park", 'risk.violence.threatened'],
    ['they threatened to kill my brother', 'risk.violence.threatened'],
    ['he told me he would hurt my mum', 'risk.violence.threatened'],
    ['my dad threw a chair at me', 'risk.violence.abuse_disclosure'],
    ['i feel like ending it', 'risk.self_harm.end_life'],
    ["i've been thinking about ending it all", 'risk.self_harm.end_life'],
    ["you're more grown up than the other girls your age", 'risk.grooming.maturity_flattery'],
    ['you seem so much older than 13', 'risk.grooming.maturity_flattery'],
    ["i'll post ur pics everywhere unless u send more", 'risk.sexual.sextortion'],
    ["he said he'll share my pics with everyone unless i send more", 'risk.sexual.sextortion'],
    ['im gonna send the pics to ur mum if u block me', 'risk.sexual.sextortion'],
    ['send me more or everyone sees them', 'risk.sexual.sextortion'],
    ['some year 11s are gonna jump me after school', 'risk.violence.threatened'],
    ['these lads from the estate are gonna batter my brother', 'risk.violence.threatened'],
    ['my uncle touches me when my mum is at work', 'risk.sexual.abuse_disclosure'],
    ["we're gonna screenshot ur messages and send them to the whole year", 'risk.bullying.expose'],
    ['i hit myself when i get angry', 'risk.self_harm.hurt_self'],
    ["everyone's laughing at u behind ur back", 'risk.bullying.exclusion'],
    ['im gonna show everyone those texts you sent', 'risk.bullying.expose'],
    ['my stepdad keeps coming in when im in the shower and touching me', 'risk.sexual.abuse_disclosure'],
    ["he asked me to send nudes and said he'd pay me", 'risk.grooming.gifts'],
    ['i just want it all to end', 'risk.self_harm.want_to_die'],
    ['he wants me to strip for him on facetime', 'risk.sexual.explicit'],
    ["send me another one or i'll post the first one everywhere", 'risk.sexual.sextortion'],
    ['send me a pic of ur body', 'risk.sexual.image_request'],
    ["your parents don't really care about you like i do", 'risk.grooming.isolation'],
    ["i'll post the screenshots of what u said to everyone", 'risk.bullying.expose'],
    ['can i see you in your underwear', 'risk.sexual.body_talk'],
    ['he wants me to go on cam with no clothes on', 'risk.sexual.explicit'],
    ['remember to delete our convo', 'risk.grooming.delete_evidence'],
    ['only i really understand you', 'risk.grooming.isolation'],
    ['everyone would be better off if i was dead', 'risk.self_harm.burden'],
    ['the opps are gonna wet him', 'risk.violence.threatened'],
    ['no one in year 9 wants you around', 'risk.bullying.exclusion'],
    ['ur honestly the most annoying ugly person ive ever met', 'risk.bullying.insult'],
    ['im gonna post ur crying video on my story', 'risk.bullying.expose'],
    ['send me a pic of you in bed', 'risk.sexual.image_request'],
    ["what's the furthest you've gone with a boy", 'risk.sexual.body_talk'],
    ['i cut again last night', 'risk.self_harm.disclosure'],
    ['i want to go to sleep forever', 'risk.self_harm.want_to_die'],
    ["my mum's boyfriend threw her against the wall", 'risk.violence.abuse_disclosure'],
    ['my dad pushed me down the stairs', 'risk.violence.abuse_disclosure'],
    ['delete this chat, my number is 07945 228 731', 'risk.grooming.delete_evidence'],
    ['nobody will ever want to be your friend', 'risk.bullying.exclusion'],
    ["my mum's friend touched my privates", 'risk.sexual.abuse_disclosure'],
    ["send me more pics or i'll show everyone the ones you sent", 'risk.sexual.sextortion'],
    ['delete all our messages tonight', 'risk.grooming.delete_evidence'],
    ['i punched the wall till my hand bled on purpose', 'risk.self_harm.disclosure'],
    ["i'll pay you for pics, nobody has to know", 'risk.grooming.gifts'],
    // Held-out set 10: the general forms of its misses, in other words than the set's own.
    ['they set up an account to make fun of her', 'risk.bullying.group_target'],
    ['someone made a tiktok just to laugh at him', 'risk.bullying.group_target'],
    ["they're making her life a misery", 'risk.bullying.intimidation'],
    ['if u snitch on us to miss ur gonna regret it', 'risk.bullying.intimidation'],
    ['go back to where you came from', 'risk.bullying.prejudice'],
    ['oi fatso', 'risk.bullying.insult'],
    ['cry about it loser', 'risk.bullying.insult'],
    ['he punched her in the face outside the shop', 'risk.violence.assault'],
    ['they smashed his head in', 'risk.violence.assault'],
    ['send a pic for me in your bra', 'risk.sexual.image_request'],
    ['my parents are away this weekend so come over', 'risk.grooming.empty_house'],
    ['nobody is home, come round after school', 'risk.grooming.empty_house'],
    // Held-out set 11, likewise.
    ['everyone keeps saying he stinks', 'risk.bullying.disclosure'],
    ["she's trying to get everyone to block me", 'risk.bullying.exclusion'],
    ['oi speccy loser', 'risk.bullying.insult'],
    ['he got me to do things to him in his car', 'risk.sexual.abuse_disclosure'],
    ['he keeps asking me to film myself getting changed', 'risk.sexual.image_request'],
    ["if she doesn't send more he's gonna post them online", 'risk.sexual.sextortion'],
    ['your mates are just fake, only i care', 'risk.grooming.isolation'],
    ['i wish i could just die', 'risk.self_harm.want_to_die'],
    ["i've been saving up tablets to do it", 'risk.self_harm.disclosure'],
    ['i cut too deep last night', 'risk.self_harm.disclosure'],
    ["there's no way out for me", 'risk.self_harm.no_reason_to_live'],
    ["they're gonna slide on him tonight", 'risk.violence.threatened'],
    // Held-out set 12, likewise.
    ['they recorded me crying and posted it on snap', 'risk.bullying.disclosure'],
    ['they keep calling me a terrorist because of my hijab', 'risk.bullying.disclosure'],
    ['hurry up fatso', 'risk.bullying.insult'],
    ["show me what's under your top", 'risk.sexual.body_talk'],
    ['he asked me to do stuff on webcam', 'risk.sexual.image_request'],
    ['i bought you them trainers so now you owe me', 'risk.grooming.debt'],
    ['lets continue this on wickr', 'risk.grooming.private_platform'],
    ['i havent eaten in 4 days', 'risk.self_harm.disclosure'],
    ['i looked up how to overdose', 'risk.self_harm.disclosure'],
    ["today's the day i end it all", 'risk.self_harm.end_life'],
    ['we heard gunshots near the flats', 'risk.violence.weapon'],
    ['he drinks and then hits my mum', 'risk.violence.assault'],
    // Held-out set 13, likewise.
    ['they keep calling him names and pushing him about', 'risk.bullying.disclosure'],
    ['they rated her the ugliest girl in year 8', 'risk.bullying.disclosure'],
    ['hes such a saddo', 'risk.bullying.insult'],
    ["she's got no friends", 'risk.bullying.exclusion'],
    ["i'll tell the whole school you're gay", 'risk.bullying.expose'],
    ['if u dont send me a pic of urself ill show everyone', 'risk.sexual.sextortion'],
    ['he showed us his dick on facetime', 'risk.sexual.explicit'],
    ['she sent a nude to the group', 'risk.sexual.explicit'],
    ['wish i could see more of you 😏', 'risk.sexual.body_talk'],
    ['my boyfriend is 24', 'risk.grooming.age_gap'],
    ['coach gave me his personal snap', 'risk.grooming.personal_contact'],
    ["no one's gonna believe you over me", 'risk.grooming.secrecy'],
    ["i've put £20 of credit on your phone", 'risk.grooming.gifts'],
    ["i'm not like your parents, you can tell me anything", 'risk.grooming.isolation'],
    ["i don't care whether i live or die", 'risk.self_harm.no_reason_to_live'],
    ['ur gonna get your face smashed in', 'risk.violence.threat_you'],
    ['they robbed him at knifepoint', 'risk.violence.weapon'],
    ['my uncle hits my nan', 'risk.violence.abuse_disclosure'],
    ['someone set fire to our bins last night', 'risk.violence.arson'],
    // Held-out set 14, likewise.
    ['they keep making memes about my face', 'risk.bullying.disclosure'],
    ['he always kicks me in the corridor', 'risk.bullying.disclosure'],
    ['everyone in my class hates me', 'risk.bullying.disclosure'],
    ['shut up crybaby', 'risk.bullying.insult'],
    ["you're a snake and a slag", 'risk.bullying.insult'],
    ['she thinks shes so fit lol', 'risk.bullying.insult'],
    ['he keeps asking for pics of my legs', 'risk.sexual.image_request'],
    ['he told me to sit on his knee', 'risk.sexual.explicit'],
    ['he showed me a video of himself naked', 'risk.sexual.explicit'],
    ["you'd look so much better without your top", 'risk.sexual.body_talk'],
    ['my tutor kissed me and then touched my leg', 'risk.sexual.abuse_disclosure'],
    ['your parents are way too strict', 'risk.grooming.isolation'],
    ['tell your mum youre staying at a mates', 'risk.grooming.evade_oversight'],
    ['lets move our chats away from the club app', 'risk.grooming.evade_oversight'],
    ['your dad does not need to know', 'risk.grooming.secrecy'],
    ['my teacher texts me late at night', 'risk.grooming.personal_contact'],
    ["i'm going to jump in the river", 'risk.self_harm.end_life'],
    ['i held my breath till i blacked out', 'risk.self_harm.disclosure'],
    ['i want to rip my skin off', 'risk.self_harm.disclosure'],
    ['he pinned her against the wall', 'risk.violence.assault'],
    ["they're gonna do him in", 'risk.violence.assault'],
    ["i'll kill anyone who touches my sister", 'risk.violence.threat'],
    // Held-out set 15, likewise.
    ['no wonder nobody talks to you', 'risk.bullying.insult'],
    ['keep crying about it in the toilets weirdo', 'risk.bullying.insult'],
    ["let's all act like she doesn't exist", 'risk.bullying.exclusion'],
    ['they nicked my coat and chucked it in the canal', 'risk.bullying.disclosure'],
    ['there are loads of nasty comments under my pics', 'risk.bullying.disclosure'],
    ['if you talk to her again we will make you pay', 'risk.bullying.intimidation'],
    ['he told me to get undressed for him', 'risk.sexual.explicit'],
    ['the coach watches us getting changed', 'risk.sexual.abuse_disclosure'],
    ["tell me what you'd let me do to you", 'risk.sexual.explicit'],
    ['a teacher keeps touching my thigh', 'risk.sexual.abuse_disclosure'],
    ["we can date when you're 16", 'risk.grooming.age_gap'],
    ["i'm not like other teachers", 'risk.grooming.isolation'],
    ['turn it off so your mum cant see where you are', 'risk.grooming.evade_oversight'],
    ['tell your dad you found the money i gave you', 'risk.grooming.evade_oversight'],
    ["you'll never see me again", 'risk.self_harm.end_life'],
    ['i swallowed all of my antidepressants', 'risk.self_harm.disclosure'],
    ['they turned up with swords', 'risk.violence.weapon'],
    ['there was a stabbing outside the school', 'risk.violence.attack_report'],
    ['he said hed snap my arms', 'risk.violence.assault'],
    ['someone put a bounty on his head', 'risk.violence.assault'],
    // Held-out set 18, likewise.
    ["i've written goodbye letters to my family", 'risk.self_harm.end_life'],
    ['i keep a hidden stash of tablets in my room', 'risk.self_harm.disclosure'],
    ["i've been skipping meals on purpose", 'risk.self_harm.disclosure'],
    ["i haven't eaten anything in a whole week", 'risk.self_harm.disclosure'],
    ['his mates have been threatening to jump me', 'risk.violence.threatened'],
    ['shes threatened to stab my sister', 'risk.violence.threatened'],
    ['the girls in my form keep posting embarrassing pics of me', 'risk.bullying.disclosure'],
    ['remove him out the gc', 'risk.bullying.exclusion'],
    ['hes so weird and ugly', 'risk.bullying.insult'],
    ['your body looks well fit in that', 'risk.sexual.body_talk'],
    ['ur so sexy for a 14 year old', 'risk.sexual.body_talk'],
    ["i'd love to do naughty things with you", 'risk.sexual.body_talk'],
    // Held-out set 19, likewise.
    ['he had both hands around my throat', 'risk.violence.assault'],
    ['she grabbed my sister by the neck', 'risk.violence.assault'],
    ["i've made a noose", 'risk.self_harm.disclosure'],
    ['theres a rope under my bed for when i need it', 'risk.self_harm.disclosure'],
    ['i wear a hoodie in PE to cover my cuts', 'risk.self_harm.disclosure'],
    ['my mates have been ignoring me all week', 'risk.bullying.disclosure'],
    ['the whole table goes quiet every time i come over', 'risk.bullying.disclosure'],
    ['they made me give them my dinner money', 'risk.bullying.disclosure'],
    ["you're literally the reason everyone left the group", 'risk.bullying.insult'],
    ['share her vid and everyone spam it', 'risk.bullying.group_target'],
    ['an older guy paid her to send pics of herself', 'risk.sexual.explicit'],
    ['she sells her pics to older men', 'risk.sexual.explicit'],
    ['my brother stamped on our cat on purpose', 'risk.violence.animal_cruelty'],
    // Held-out set 20, likewise.
    ['some lad raped my best friend', 'risk.sexual.abuse_disclosure'],
    ['i want to take your virginity', 'risk.sexual.explicit'],
    ['does your mum know about our chats?', 'risk.grooming.secrecy'],
    ['what days are you usually on your own after school', 'risk.grooming.anyone_home'],
    ['you can move in with me', 'risk.grooming.place_to_stay'],
    ['the only thing that helps is hurting myself', 'risk.self_harm.disclosure'],
    ['i deserve all the pain', 'risk.self_harm.self_hatred'],
    ["i won't be around for much longer", 'risk.self_harm.end_life'],
    ['i keep hitting my head on the wall', 'risk.self_harm.disclosure'],
    ['blood on his trainers after the fight', 'risk.violence.attack_report'],
    ["my stepdad keeps saying he'll hurt my sister", 'risk.violence.threatened'],
    ['they threw acid at his car', 'risk.violence.weapon'],
    ['he thinks the girls actually fancy him lmao', 'risk.bullying.insult'],
    ["let's all ghost her from monday", 'risk.bullying.exclusion'],
    ['how are you even still alive', 'risk.bullying.wish_harm'],
    ['somebody set up a hate page about her', 'risk.bullying.disclosure'],
    // Held-out set 21, likewise.
    ['your mum must be so poor lol', 'risk.bullying.insult'],
    ['imagine looking like her', 'risk.bullying.insult'],
    ['keep away from my boyfriend or else', 'risk.bullying.intimidation'],
    ['he read out my messages to the whole group', 'risk.bullying.disclosure'],
    ['you cant sit with us', 'risk.bullying.exclusion'],
    ['come round mine and hook up', 'risk.sexual.invitation'],
    ['a man on the train pressed himself against me', 'risk.sexual.abuse_disclosure'],
    ['my friend is having sex with a 23 year old', 'risk.sexual.abuse_disclosure'],
    ["never tell your parents where you're meeting me", 'risk.grooming.evade_oversight'],
    ['get a secret phone so your mum cant see', 'risk.grooming.evade_oversight'],
    ['let me book a taxi for you', 'risk.grooming.pick_up'],
    ['i can sneak you into the festival', 'risk.grooming.gifts'],
    ['he wants me to go country for him', 'risk.grooming.criminal_exploitation'],
    ['they paid him to hold a bag for them', 'risk.grooming.criminal_exploitation'],
    ["i've been saving up my tablets", 'risk.self_harm.disclosure'],
    ['i carved his name into my thigh', 'risk.self_harm.disclosure'],
    ['i pick my skin until it bleeds', 'risk.self_harm.disclosure'],
    ["i'm a waste of everybody's energy", 'risk.self_harm.self_hatred'],
    ["i'm ready to end it all", 'risk.self_harm.end_life'],
    ['he smashed my face into the lockers', 'risk.violence.assault'],
    // Held-out set 22, likewise (a third of it staff session notes).
    ['the boys in year 9 made ape noises at him', 'risk.bullying.prejudice'],
    ['YP is being bullied by older pupils on the bus', 'risk.bullying.disclosure'],
    ['she got left out of the friendship group and teased about her accent', 'risk.bullying.disclosure'],
    ['he forwarded her private messages to the whole class', 'risk.bullying.disclosure'],
    ['a man online keeps asking my sister to send naked pictures', 'risk.sexual.image_request'],
    ['he recorded us having sex without asking', 'risk.sexual.abuse_disclosure'],
    ['her stepfather walks into the bathroom while she is in the shower', 'risk.sexual.abuse_disclosure'],
    ['she has an onlyfans and shes 15', 'risk.sexual.explicit'],
    ['YP received money from a man she met online', 'risk.grooming.adult_contact'],
    ['an unknown male has been contacting my daughter on tiktok', 'risk.grooming.adult_contact'],
    ['he told her not to tell her mum about the phone', 'risk.grooming.secrecy'],
    ['he keeps asking what school i go to', 'risk.grooming.probing'],
    ['put my number under a mate’s name', 'risk.grooming.evade_oversight'],
    ['the age gap doesnt mean anything', 'risk.grooming.maturity_flattery'],
    ['YP says her brother has been burning himself', 'risk.self_harm.disclosure'],
    ['i pray i never wake up', 'risk.self_harm.want_to_die'],
    ["i'm done with living", 'risk.self_harm.end_life'],
    ["his father hits him when he's drunk", 'risk.violence.abuse_disclosure'],
    ['Mum disclosed a history of domestic abuse from her ex-partner', 'risk.violence.domestic_abuse'],
    ['he has threatened to stab my brother', 'risk.violence.threatened'],
    // Held-out set 23, likewise (younger children and young patients).
    ['the boys keep staring at my hearing aids and laughing', 'risk.bullying.prejudice'],
    ['they told me my crutches make me look stupid', 'risk.bullying.prejudice'],
    ["the girls won't let me play with them at break", 'risk.bullying.exclusion'],
    ["she says she'll hurt me if i tell miss", 'risk.bullying.intimidation'],
    ['he keeps nicking my crisps every day', 'risk.bullying.disclosure'],
    ['you look like a whale in that', 'risk.bullying.insult'],
    ['he asked for photos of me in my pyjamas', 'risk.sexual.image_request'],
    ['my uncle does bad things to me', 'risk.sexual.abuse_disclosure'],
    ['the coach watched us get changed', 'risk.sexual.abuse_disclosure'],
    ["if you send a video she'll buy me a phone", 'risk.grooming.gifts'],
    ['he told me he is 12 but he talks like a grown up', 'risk.grooming.age_gap'],
    ['a man on fortnite asked how old i am', 'risk.grooming.adult_contact'],
    ['an adult at the hospital has been messaging her son', 'risk.grooming.adult_contact'],
    ["she's been skipping her insulin on purpose", 'risk.self_harm.disclosure'],
    ['i want to go to heaven', 'risk.self_harm.want_to_die'],
    ['i bite my hands till they bleed when i get angry', 'risk.self_harm.disclosure'],
    ['daddy hits mummy', 'risk.violence.abuse_disclosure'],
    ['YP had marks on her arm and said her stepdad did it', 'risk.violence.abuse_disclosure'],
    // Held-out set 24, likewise (spellings that dodge filters).
    ['i think i was r@ped', 'risk.sexual.abuse_disclosure'],
    ['they did a vote on who is the ugliest in our form', 'risk.bullying.group_target'],
    ['the lads scored all the girls out of 10', 'risk.bullying.group_target'],
    ['they keep making fun of my lisp', 'risk.bullying.prejudice'],
    ['ur such a homo', 'risk.bullying.prejudice'],
    ["we'll make sure the whole school finds out", 'risk.bullying.expose'],
    ['our chats got really inappropriate', 'risk.sexual.explicit'],
    ['he wants pics and promised to pay', 'risk.grooming.gifts'],
    ['do you want to make some quick cash', 'risk.grooming.criminal_exploitation'],
    ['i keep razor blades hidden in my room', 'risk.self_harm.disclosure'],
    ["i've recorded videos for my friends for when i'm gone", 'risk.self_harm.end_life'],
    ["he's sending his mates round to batter me", 'risk.violence.threatened'],
    ["you're lucky i didn't smash your face in", 'risk.violence.threat_you'],
    // Held-out set 25, likewise.
    ["they've decided to ignore me until i leave", 'risk.bullying.exclusion'],
    ['look at her massive forehead lol', 'risk.bullying.insult'],
    ["someone renamed my contact to 'fat cow'", 'risk.bullying.disclosure'],
    ['whenever i speak they all roll their eyes', 'risk.bullying.disclosure'],
    ['a boy spat on me at break', 'risk.bullying.disclosure'],
    ['they chucked my bag in the canal', 'risk.bullying.disclosure'],
    ["i'll tell people that your mum is on drugs", 'risk.bullying.expose'],
    ['my mate’s big brother keeps trying to kiss me and then grabbed me', 'risk.sexual.abuse_disclosure'],
    ['i woke up and my uncle was in bed with me', 'risk.sexual.abuse_disclosure'],
    ['they shared a pic of her in the changing room', 'risk.sexual.abuse_disclosure'],
    ['he likes talking dirty to me', 'risk.sexual.explicit'],
    ['he told her to come round and get undressed', 'risk.sexual.explicit'],
    ["if you trust me you'll delete these", 'risk.grooming.isolation'],
    ["tell your mum you're at a mate's", 'risk.grooming.evade_oversight'],
    ['i cant stop thinking about death', 'risk.self_harm.want_to_die'],
    ['lying in bed wishing i was dead', 'risk.self_harm.want_to_die'],
    ['i swallowed some washing liquid on purpose', 'risk.self_harm.disclosure'],
    ['i put a belt round my neck', 'risk.self_harm.disclosure'],
    ["i'm not worth loving", 'risk.self_harm.self_hatred'],
    // Held-out set 26, likewise (online harms).
    ['someone leaked my address online', 'risk.bullying.disclosure'],
    ['she told everyone i have fleas', 'risk.bullying.disclosure'],
    ["they'll tell my mum i'm gay if i don't pay", 'risk.bullying.expose'],
    ["you don't deserve to be happy", 'risk.bullying.insult'],
    ['someone put my face on a deepfake porn video', 'risk.sexual.abuse_disclosure'],
    ['i like that you are so innocent', 'risk.grooming.age_gap'],
    ['which train do you take home', 'risk.grooming.probing'],
    ['i could find you modelling work', 'risk.grooming.gifts'],
    ['facetime me once you’re in bed', 'risk.grooming.parents_away'],
    ['have you seen the choking challenge, i tried it', 'risk.self_harm.disclosure'],
    ['i dont eat lunch so i can look skinny', 'risk.self_harm.disclosure'],
    ['i keep thinking of walking in front of a bus', 'risk.self_harm.end_life'],
    ["there's no point to keep going", 'risk.self_harm.no_reason_to_live'],
    ['they are plotting to stab him', 'risk.violence.threatened'],
    ['someone threw bricks at our house', 'risk.violence.attack_report'],
    ['she slapped the dinner lady', 'risk.violence.assault'],
  ])('%j is caught by %s', (text, rule) => {
    expect(rulesFor(text)).toContain(rule);
  });
});

describe('every rule', () => {
  const rules = listRules();

  it('has a unique id, a description and examples', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(r.id.startsWith(`${r.kind}.`), r.id).toBe(true);
    }
  });

  // Every rule finds its own examples (a rule written wrongly, or a word wrongly thought needed).
  it.each(rules.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))(
    '%s fires on its example %j',
    (id, example) => {
      const fired = scanText(example).map((f) => f.rule);
      const rule = rules.find((r) => r.id === id);
      // Overlap resolution may prefer a sibling rule of the same type on the same words.
      const sameType = scanText(example).some((f) => f.type === rule?.type);
      expect(fired.includes(id) || sameType, `${id}: ${example} -> ${fired.join(', ')}`).toBe(true);
    },
  );
});

describe('robustness', () => {
  it('spans always match the excerpt, including around emoji and curly quotes', () => {
    const text = '😂😂 ur so ugly 💀 and don’t tell ur mum, my number is 07700 900123 🙂';
    const findings = scanText(text);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  // Catastrophic backtracking would hang here until the test times out; no clock is read.
  it('copes with hostile input: bounded output, every span matching its excerpt', () => {
    const inputs = [
      'a'.repeat(200_000),
      '0 '.repeat(100_000),
      "don't ".repeat(30_000),
      'you are so '.repeat(20_000),
      '@'.repeat(100_000),
      `${'x'.repeat(50_000)}@${'y'.repeat(50_000)}`,
      '1'.repeat(200_000),
      'meet '.repeat(40_000),
    ];
    for (const text of inputs) {
      const findings = scanText(text);
      expect(findings.length, text.slice(0, 20)).toBeLessThanOrEqual(1000);
      for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });

  it('refuses non-strings and returns nothing for empty text', () => {
    expect(() => scanText(undefined as unknown as string)).toThrow(TypeError);
    expect(scanText('')).toEqual([]);
  });

  it('applies suppressions by rule and by excerpt', () => {
    const text = 'nobody likes you, ur so ugly';
    expect(types(text)).toEqual(['bullying']);
    const rules = scanText(text).map((f) => f.rule);
    expect(scanText(text, { suppressions: rules.map((rule) => ({ rule })) })).toEqual([]);
    const insult = scanText(text).find((f) => f.rule === 'risk.bullying.insult');
    const left = scanText(text, {
      suppressions: [{ rule: 'risk.bullying.insult', excerpt: `  ${insult?.excerpt.toUpperCase()} ` }],
    });
    expect(left.map((f) => f.rule)).toEqual(['risk.bullying.exclusion']);
  });
});

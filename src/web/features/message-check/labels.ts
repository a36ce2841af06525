export const CHANNEL_LABELS: Record<string, string> = {
  email: 'Email',
  sms: 'Text message',
  phone: 'Phone call',
  whatsapp: 'WhatsApp',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  google_meet: 'Google Meet',
  facebook: 'Facebook',
  instagram: 'Instagram',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
  discord: 'Discord',
  other: 'Something else',
};

export const RECIPIENT_LABELS = {
  young_person: 'A young person',
  parent: 'A parent or carer',
  teacher: 'A teacher',
  staff: 'A colleague',
  other: 'Someone else',
} as const;

export type RecipientRole = keyof typeof RECIPIENT_LABELS;

export const RULE_TITLES: Record<string, string> = {
  copy_colleague: 'Copy in a colleague',
  office_hours: 'Outside office hours',
  emoji_or_kiss: 'Emoji or kiss',
  personal_details: 'Personal details',
  personal_number_request: 'Asking for a personal number',
  unapproved_channel: 'Channel not approved',
  personal_account: 'Personal account',
  contact_route: 'Contact route',
};

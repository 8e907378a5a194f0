// The screens of the patient journey, and the events that move between them.
export type JourneyScreen = 'menu' | 'review' | 'complaint' | 'contact' | 'rules' | 'language';

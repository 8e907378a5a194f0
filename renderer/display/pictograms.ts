// One pictogram per built-in slide. Drawn by the Lucide project (lucide-static, ISC licence:
// node_modules/lucide-static/LICENSE), bundled into the page as inline SVG: nothing is fetched.
import { Smartphone, UserLock, MessageCircleOff, CameraOff, Star, UserX, Ban, Scale, ClipboardList, ShieldCheck, Megaphone } from 'lucide-static';
import type { SlideId } from '../../main/common/slide-catalogue.ts';

export const SLIDE_PICTOGRAMS: Record<SlideId, string> = {
  intro: ShieldCheck,
  devices: Smartphone,
  confidentiality: UserLock,
  'contact-routes': MessageCircleOff,
  photos: CameraOff,
  reviews: Star,
  'naming-staff': UserX,
  'harmful-posts': Ban,
  'abuse-law': Scale,
  complaints: ClipboardList,
};

/** For the practice's own notices. */
export const NOTICE_PICTOGRAM: string = Megaphone;

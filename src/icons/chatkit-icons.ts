/**
 * Every built-in ChatKit icon name mapped, by meaning, to a lucide glyph. Only these ~65 glyphs are
 * imported statically, so the core bundle carries them and not lucide's ~2,000; `lucide:<name>`
 * loads the full set lazily (see lucide-set.ts).
 */
import type { IconNode } from 'lucide';
import {
  Award,
  Book,
  BookOpen,
  Bot,
  Box,
  BriefcaseBusiness,
  Bug,
  Calendar,
  ChartColumn,
  ChartLine,
  Check,
  ChevronLeft,
  ChevronRight,
  Circle,
  CircleCheck,
  CircleQuestionMark,
  CircleUser,
  Compass,
  Dot,
  Ellipsis,
  EllipsisVertical,
  ExternalLink,
  File,
  FileClock,
  FileText,
  FlaskConical,
  Globe,
  IdCard,
  IdCardLanyard,
  Image,
  Images,
  Info,
  KeyRound,
  Layers,
  LifeBuoy,
  Lightbulb,
  Mail,
  Map,
  MapPin,
  Monitor,
  Notebook,
  NotebookPen,
  PartyPopper,
  PenLine,
  Pencil,
  Phone,
  Play,
  Plus,
  RotateCw,
  Search,
  SlidersHorizontal,
  Smartphone,
  Sparkle,
  Sparkles,
  SquareCode,
  SquarePen,
  SquareText,
  Star,
  User,
  Zap,
  Atom,
} from 'lucide';
import type { WidgetIcon } from '../schema/icon-names.js';

/**
 * How a glyph is painted. `outline`: lucide's stroke only. `solid`: every shape filled.
 * `badge`: the first shape (the outer circle) filled and the marks inside drawn in the surface colour,
 * which is how ChatKit's `*-filled` icons look.
 */
export type GlyphPaint = 'outline' | 'solid' | 'badge';

export interface IconGlyph {
  readonly node: IconNode;
  readonly paint: GlyphPaint;
}

const outline = (node: IconNode): IconGlyph => ({ node, paint: 'outline' });

/** The Record type makes a missing ChatKit name a compile error; a Node test checks it too. */
export const chatkitIcons: Readonly<Record<WidgetIcon, IconGlyph>> = {
  agent: outline(Bot),
  analytics: outline(ChartLine),
  atom: outline(Atom),
  batch: outline(Layers),
  bolt: outline(Zap),
  'book-open': outline(BookOpen),
  'book-closed': outline(Book),
  // lucide has no book-with-clock; a document with a clock keeps the "reading history" meaning.
  'book-clock': outline(FileClock),
  bug: outline(Bug),
  calendar: outline(Calendar),
  chart: outline(ChartColumn),
  check: outline(Check),
  'check-circle': outline(CircleCheck),
  'check-circle-filled': { node: CircleCheck, paint: 'badge' },
  'chevron-left': outline(ChevronLeft),
  'chevron-right': outline(ChevronRight),
  'circle-question': outline(CircleQuestionMark),
  compass: outline(Compass),
  confetti: outline(PartyPopper),
  cube: outline(Box),
  desktop: outline(Monitor),
  document: outline(FileText),
  dot: outline(Dot),
  'dots-horizontal': outline(Ellipsis),
  'dots-vertical': outline(EllipsisVertical),
  'empty-circle': outline(Circle),
  'external-link': outline(ExternalLink),
  globe: outline(Globe),
  keys: outline(KeyRound),
  lab: outline(FlaskConical),
  images: outline(Images),
  info: outline(Info),
  lifesaver: outline(LifeBuoy),
  lightbulb: outline(Lightbulb),
  mail: outline(Mail),
  'map-pin': outline(MapPin),
  maps: outline(Map),
  mobile: outline(Smartphone),
  name: outline(IdCardLanyard),
  notebook: outline(Notebook),
  'notebook-pencil': outline(NotebookPen),
  'page-blank': outline(File),
  phone: outline(Phone),
  play: outline(Play),
  plus: outline(Plus),
  profile: outline(CircleUser),
  'profile-card': outline(IdCard),
  reload: outline(RotateCw),
  star: outline(Star),
  'star-filled': { node: Star, paint: 'solid' },
  search: outline(Search),
  sparkle: outline(Sparkle),
  'sparkle-double': outline(Sparkles),
  'square-code': outline(SquareCode),
  'square-image': outline(Image),
  'square-text': outline(SquareText),
  suitcase: outline(BriefcaseBusiness),
  'settings-slider': outline(SlidersHorizontal),
  user: outline(User),
  // lucide has no laurel wreath; the award ribbon carries the same "achievement" meaning.
  wreath: outline(Award),
  write: outline(Pencil),
  'write-alt': outline(SquarePen),
  'write-alt2': outline(PenLine),
};

/** Own-property lookup only: `constructor`, `__proto__` and friends are never icons. */
export function chatkitGlyph(name: string): IconGlyph | undefined {
  return Object.prototype.hasOwnProperty.call(chatkitIcons, name) ? chatkitIcons[name as WidgetIcon] : undefined;
}

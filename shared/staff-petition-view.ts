/**
 * A petition as staff see it, as GET /v1/petitions/{code} answers: written by
 * functions/lib/petitions/staff-view.ts, read by the console's petition screen.
 */
import type { PetitionDelivery } from './notify-channels.ts';
import type { Petition, SubmitterContact, TimelineEvent } from './schemas/index.ts';
import type { PetitionAction, StaffStep } from './status-machine.ts';

export type StaffPetitionAction = PetitionAction | StaffStep;

export interface StaffPetitionView {
  petition: Petition & { overdue: boolean };
  timeline: TimelineEvent[];
  contact?: Pick<SubmitterContact, 'name' | 'email' | 'phone' | 'address' | 'communeId'> & {
    /** When the contact will be erased (its retention has started). */
    erasedOn?: string;
  };
  /** The contact was erased (on request, or when its retention ended): when. */
  contactErased?: { at: string };
  /** For a merged petition: the primary it follows (its status and answer are this one's too). */
  primary?: Pick<Petition, 'code' | 'status' | 'agencyId' | 'deadline' | 'answer' | 'answeredAt'>;
  /**
   * Per notice, recipient and channel: sent, failed (why) or sending, and when. Only to the
   * secretariat, the assigned agency and the admin; never to delegates.
   */
  deliveries?: PetitionDelivery[];
  /** What this user may do now (the status machine's actions and the staff steps): the console shows a form for each, and no other. */
  actions: StaffPetitionAction[];
}

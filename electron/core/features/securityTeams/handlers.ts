import path from 'node:path';
import { serviceContext, type PartialHandlerTable } from '../../api/types.ts';
import { DomainError } from '../../errors.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { renderDecisionDocx } from '../documents/index.ts';
import { teamRatingDecisionModel } from './decision.ts';
import { rateTeams, teamRatingSheet } from './rating.ts';
import { createSecurityTeam, listSecurityTeams, updateSecurityTeam } from './service.ts';

export const securityTeamHandlers: PartialHandlerTable = {
  'securityTeams.list': async (_input, app) => listSecurityTeams(app.store.db),
  'securityTeams.create': async (input, app) => createSecurityTeam(serviceContext(app), input),
  'securityTeams.update': async (input, app) => updateSecurityTeam(serviceContext(app), input.id, input.fields),
  'securityTeams.ratingSheet': async (input, app) => teamRatingSheet(app.store.db, input.year),
  'securityTeams.rate': async (input, app) => rateTeams(serviceContext(app), input),
  'securityTeams.decisionDocx': async (input, app) => {
    const data = await renderDecisionDocx(await teamRatingDecisionModel(app.store.db, input.year));
    const target = await app.host.pickSavePath(`Quyet dinh xep loai to bao ve ANTT nam ${input.year}.docx`, {
      name: 'Văn bản Word',
      extensions: ['docx'],
    });
    if (!target) return null;
    try {
      writeFileAtomic(target, data);
    } catch {
      throw new DomainError('io', 'Không ghi được tệp vào chỗ đã chọn. Hãy chọn thư mục khác.');
    }
    return { fileName: path.basename(target) };
  },
};

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';

export interface PartyView {
  id: string;
  key: string;
  name: string;
  kind: string;
  municipalityCode: string | null;
  /** The counties whose agreements may name it as a party. */
  counties: string[];
}

export class PartyError extends AppError<'PARTY_NOT_FOUND' | 'PARTY_FORBIDDEN' | 'PARTY_COUNTY_UNKNOWN'> {}

/** The organisations of Samverkan and the counties each takes part in. */
@Injectable()
export class PartiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async list(): Promise<PartyView[]> {
    const rows: (Omit<PartyView, 'municipalityCode'> & { municipality_code: string | null })[] =
      await this.dataSource.query(
        `SELECT p.id, p.key, p.name, p.kind, p.municipality_code,
           coalesce(array_agg(c.county_code ORDER BY c.county_code) FILTER (WHERE c.county_code IS NOT NULL), '{}') AS counties
         FROM party p LEFT JOIN party_county c ON c.party_id = p.id GROUP BY p.id ORDER BY p.name`,
      );
    return rows.map(({ municipality_code, ...row }) => ({ ...row, municipalityCode: municipality_code }));
  }

  /**
   * The organisation accepts to take part in a county's cooperation, so that county's agreement
   * may name it. Said by the organisation itself (one of its strategists) or by the admin on its
   * written word; recorded with who said it.
   */
  async accept(user: AuthUser, partyKey: string, countyCode: string): Promise<PartyView> {
    const own = user.party.key === partyKey && user.roles.includes('strategist');
    if (!own && !user.roles.includes('admin')) {
      throw new PartyError('PARTY_FORBIDDEN', 403, `Only ${partyKey}'s own strategist or the admin accepts for it`);
    }
    if (this.municipalities.list(countyCode).length === 0) {
      throw new PartyError('PARTY_COUNTY_UNKNOWN', 422, `No county ${countyCode} in the municipality register`, {
        problems: [{ path: 'countyCode', message: `no county ${countyCode}` }],
      });
    }
    await this.dataSource.transaction(async (db) => {
      const rows: { id: string }[] = await db.query(
        `INSERT INTO party_county (party_id, county_code, accepted_by) SELECT id, $2, $3 FROM party WHERE key = $1
         ON CONFLICT DO NOTHING RETURNING party_id AS id`,
        [partyKey, countyCode, user.id],
      );
      const party: { id: string }[] = await db.query('SELECT id FROM party WHERE key = $1', [partyKey]);
      const id = party[0]?.id;
      if (!id) throw new PartyError('PARTY_NOT_FOUND', 404, `No organisation ${partyKey}`);
      if (rows.length > 0) {
        await this.audit.record(db, user, {
          action: 'party.county.accepted',
          subjectType: 'party',
          subjectId: id,
          details: { countyCode },
        });
      }
    });
    const view = (await this.list()).find((party) => party.key === partyKey);
    if (!view) throw new PartyError('PARTY_NOT_FOUND', 404, `No organisation ${partyKey}`);
    return view;
  }
}

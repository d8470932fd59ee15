import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Repository } from 'typeorm';
import { PartyEntity } from '../identity/party.entity.js';

interface PartyView {
  id: string;
  key: string;
  name: string;
  kind: string;
  municipalityCode: string | null;
}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('api/parties')
export class PartiesController {
  constructor(@InjectRepository(PartyEntity) private readonly parties: Repository<PartyEntity>) {}

  @Get()
  @ApiOperation({ summary: 'The organisations known to Samverkan (parties of the agreements)' })
  async list(): Promise<PartyView[]> {
    const rows = await this.parties.find({ order: { name: 'ASC' } });
    return rows.map(({ id, key, name, kind, municipalityCode }) => ({ id, key, name, kind, municipalityCode }));
  }
}

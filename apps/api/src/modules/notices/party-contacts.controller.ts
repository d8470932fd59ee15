import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { parseBody } from '../../platform/http/parse-body.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';
import type { ContactView, PartyContactsView } from './notice-views.js';
import { newContactSchema, PartyContactsService } from './party-contacts.service.js';

@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/parties/:party/contacts')
export class PartyContactsController {
  constructor(private readonly contacts: PartyContactsService) {}

  @Get()
  @Answers('PartyContactsView')
  @ApiOperation({
    summary:
      'Where a party hears its notices: its functional mailboxes and its users’ addresses (admin, county strategists)',
  })
  list(@CurrentUser() user: AuthUser, @Param('party') party: string): Promise<PartyContactsView> {
    return this.contacts.list(user, party);
  }

  @Post()
  @Answers('ContactView', { status: 201 })
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'object',
          required: ['address', 'label'],
          properties: {
            address: { type: 'string', format: 'email' },
            label: { type: 'string', example: 'Jourmailbox' },
          },
        },
        {
          type: 'object',
          required: ['address', 'username'],
          properties: { address: { type: 'string', format: 'email' }, username: { type: 'string' } },
        },
      ],
    },
  })
  @ApiOperation({
    summary: 'Adds a functional mailbox (address and label) or a user’s work address (address and username)',
    description:
      'Addresses of officials and mailboxes only, never of a person a case concerns. 409 CONTACT_EXISTS for one already entered.',
  })
  add(@CurrentUser() user: AuthUser, @Param('party') party: string, @Body() body: unknown): Promise<ContactView> {
    return this.contacts.add(user, party, parseBody(newContactSchema, body));
  }

  @Delete(':contact')
  @Answers('ContactView', { description: 'the contact removed' })
  @ApiOperation({ summary: 'Removes a contact of the party' })
  remove(
    @CurrentUser() user: AuthUser,
    @Param('party') party: string,
    @Param('contact') contact: string,
  ): Promise<ContactView> {
    return this.contacts.remove(user, party, contact);
  }
}

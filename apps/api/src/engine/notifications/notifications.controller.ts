import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import type { NotificationView } from './notification-view.js';
import { NotificationsService } from './notifications.service.js';
import { Answers } from '../../platform/openapi/answers.decorator.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Answers('NotificationView', { list: true })
  @ApiOperation({ summary: 'Reminders and escalations addressed to the caller’s organisation' })
  list(@CurrentUser() user: AuthUser): Promise<NotificationView[]> {
    return this.notifications.addressedTo(user);
  }
}

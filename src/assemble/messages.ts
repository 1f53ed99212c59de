import type { Text } from '../text.js';

// Messages of the machinery itself (not of any scenario); domain messages live in rules/.
export const MESSAGES = {
  ladderExhausted: {
    'zh-CN': '所有可用的投诉/维权渠道均已尝试；请整理全部记录，咨询律师意见。',
    en: 'Every available channel has been tried; gather all records and get a lawyer’s opinion.',
  },
  noChannel: { 'zh-CN': '无下一渠道', en: 'No next channel' },
  waitingForReply: {
    'zh-CN': '（先等待{channel}的答复期届满）',
    en: ' (after the reply window of {channel} runs out)',
  },
  calendarOutOfRange: {
    'zh-CN': '部分日期超出节假日日历的覆盖年份（{first}–{last}），' + '已按周一至周五计算工作日，请核对当年调休安排。',
    en:
      'Some dates fall outside the holiday calendar ({first}–{last}); working days there were counted ' +
      'Monday to Friday. Check that year’s official holiday schedule.',
  },
  ambiguousReasonCode: {
    'zh-CN': '原因码 {code} 对应多个原因（{causes}），' + '已按 {cause} 处理；如不符请在案件中写明 cause。',
    en:
      'Reason code {code} maps to several causes ({causes}); advice assumes {cause}. ' +
      'Set the case’s cause if that is wrong.',
  },
} satisfies Record<string, Text>;

import { describe, expect, it } from 'vitest';
import { shortOfficeName } from '#shared/text/officeName.ts';

describe('short office names for lists', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', 'Xã Đông Sơn'],
    ['UỶ BAN NHÂN DÂN PHƯỜNG 3', 'Phường 3'],
    ['ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO'.normalize('NFD'), 'Đặc khu Côn Đảo'],
    ['Công an xã Tây Sơn', 'Công an xã Tây Sơn'],
    ['ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
  ])('%s -> %s', (name, short) => expect(shortOfficeName(name)).toBe(short));
});

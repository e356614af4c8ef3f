import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { posterPdf, posterPng, type PosterInput, type PosterText } from '../../../../../../bot/services/maintenance/poster';

const DEEP_LINK = 'https://t.me/CasaAlerBot?start=b_SS-0012_B';

const italian: PosterText = {
  language: 'it',
  rtl: false,
  title: 'Un guasto nel palazzo? Segnalalo qui',
  lines: ['Inquadra il codice QR con la fotocamera del telefono.', 'Scrivi cosa non funziona e, se puoi, manda una foto.', 'Riceverai un messaggio quando sarà riparato.'],
};
const second: Record<string, PosterText> = {
  ar: { language: 'ar', rtl: true, title: 'عطل في المبنى؟ أبلغ عنه هنا', lines: ['وجّه كاميرا الهاتف نحو رمز QR.', 'اكتب ما لا يعمل، وأرسل صورة إن أمكن.', 'ستصلك رسالة عند إصلاح العطل.'] },
  zh: { language: 'zh', rtl: false, title: '楼里有故障？请在这里报告', lines: ['用手机相机扫描二维码。', '写下哪里坏了，如果可以，请发一张照片。', '修好后您会收到一条消息。'] },
  bn: { language: 'bn', rtl: false, title: 'ভবনে কোনো সমস্যা? এখানে জানান', lines: ['ফোনের ক্যামেরা দিয়ে QR কোডটি স্ক্যান করুন।', 'কী কাজ করছে না লিখুন, পারলে একটি ছবি পাঠান।', 'মেরামত হলে আপনি একটি বার্তা পাবেন।'] },
};

function input(texts: PosterText[]): PosterInput {
  return { deepLink: DEEP_LINK, heading: 'Via Preneste 5 · Scala B', code: 'SS-0012 B', texts };
}

describe('poster PNG', () => {
  it.each([
    ['Italian', [italian]],
    ['Italian + Arabic', [italian, second.ar!]],
    ['Italian + Chinese', [italian, second.zh!]],
    ['Italian + Bengali', [italian, second.bn!]],
  ])('%s: A4 at 150 dpi, and its QR code reads back the deep link', async (_name, texts) => {
    const png = PNG.sync.read(await posterPng(input(texts)));
    expect([png.width, png.height]).toEqual([1240, 1754]);
    const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(code?.data).toBe(DEEP_LINK);
    const { topLeftCorner, topRightCorner } = code!.location;
    // jsQR gives finder pattern centres, 3.5 modules in from each side: a lower bound of the width.
    expect(topRightCorner.x - topLeftCorner.x).toBeGreaterThan(1240 * 0.4 * 0.85);
  });

  it('prints only black on white (no grey backdrop or colour)', async () => {
    const png = PNG.sync.read(await posterPng(input([italian, second.zh!])));
    let dark = 0;
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r !== g || g !== b) coloured++;
      if (r < 128) dark++;
    }
    expect(coloured).toBe(0);
    const inkShare = dark / (png.width * png.height);
    expect(inkShare).toBeGreaterThan(0.05);
    expect(inkShare).toBeLessThan(0.4);
  });
});

describe('poster PDF', () => {
  it('is one A4 page', async () => {
    const pdf = await posterPdf(input([italian, second.ar!]));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text.match(/\/Type \/Page(?!s)/g)).toHaveLength(1);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text).toContain('/Subtype /Image');
  });
});

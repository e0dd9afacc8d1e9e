/**
 * Web pages as governments publish them: GB2312/GBK with the charset in a <meta>, site chrome
 * around the plan, the page laid out with a table whose cell holds the real content and the
 * division table nested inside it, rowspan/colspan and <br> in cells.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../ingest/read/read-html';
import type { BodyBlock } from '../../ingest/read/plan-body';
import { encoded, INTRO, SECTION, TABLE_ROWS, TITLE } from '../support/_fixtures';

const td = (text: string, attrs = '') => `<td${attrs}><p class="MsoNormal">${text}</p></td>`;

/** A government page: menus, breadcrumbs, a layout table, the plan, a footer. */
function governmentPage(meta: string): string {
  return `<!DOCTYPE html><html><head>${meta}<title>${TITLE}_某市人民政府</title>
<style>.x{color:red}</style><script>var 菜单 = "首页";</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div id="header">某市人民政府门户网站</div>
<div class="breadcrumb">首页 &gt; 政策文件</div>
<table width="100%" border="0"><tr>
  <td class="leftMenu"><ul><li>通知公告</li><li>政策解读</li></ul></td>
  <td class="content">
    <h1>${TITLE}</h1>
    <p>&nbsp;&nbsp;　　${INTRO}<br>各单位要按要求
    落实。</p>
    <table border="1" cellspacing="0">
      <thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
      <tbody>
        <tr>${td(SECTION, ' colspan="5"')}</tr>
        <tr>${td('1')}<td><p>推进老旧小区改造。</p><p>完成改造200个。</p></td>${td('市住房城乡建设局', ' rowspan="2"')}${td('市发改委、市财政局')}${td('2023年12月底前')}</tr>
        <tr>${td('2')}${td('新建保障性租赁住房1万套。')}${td('市自然资源和规划局')}<td>2023年<br>底前</td></tr>
      </tbody>
    </table>
    <p>附件：无</p>
  </td>
</tr></table>
<div class="footer">主办：某市人民政府办公室　版权所有</div>
<footer><p>网站标识码 0000000000</p></footer>
</body></html>`;
}

const EXPECTED: BodyBlock[] = [
  { kind: 'paragraph', text: TITLE, page: null },
  { kind: 'paragraph', text: `${INTRO}\n各单位要按要求落实。`, page: null },
  { kind: 'table', rows: TABLE_ROWS.map((r, i) => (i === 3 ? [...r.slice(0, 4), '2023年\n底前'] : r)), page: null, sheet: null },
  { kind: 'paragraph', text: '附件：无', page: null },
];

describe('reading web pages', () => {
  it.each([
    ['GB2312 declared by http-equiv', 'gbk', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030'],
    ['GBK declared by <meta charset>', 'gbk', '<meta charset="GBK">', 'gb18030'],
    ['GB18030 with no declaration', 'gb18030', '', 'gb18030'],
    ['UTF-8 declared', 'utf-8', '<meta charset="utf-8">', 'utf-8'],
    ['UTF-8 that still declares gb2312 (re-saved)', 'utf-8', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'utf-8'],
  ] as const)('reads a page in %s: chrome left out, the layout table read as blocks', async (_what, encoding, meta, decodedAs) => {
    const body = await readHtml(encoded(governmentPage(meta), encoding), 'plan.html');
    expect(body.format).toBe('html');
    expect(body.encoding).toBe(decodedAs);
    expect(body.blocks).toEqual(EXPECTED);
  });

  it('gives no blocks for a page of navigation and scripts only', async () => {
    const page = `<html><head><script>location.href="/"</script></head><body>
      <nav><a href="/">首页</a><a href="/a">机构</a></nav><div class="menu"><a>政务公开</a></div>
      <script>document.write("重点任务")</script><noscript>请启用脚本</noscript></body></html>`;
    expect((await readHtml(encoded(page, 'utf-8'), 'empty.html')).blocks).toEqual([]);
  });

  it.each([
    ['a one-column wrapper table', '<table><tr><td>第一段。<br>第二段。</td></tr></table>', [['第一段。\n第二段。']]],
    ['line breaks between Chinese characters in the source', '<p>推进城市\n  更新，完成 200 个。</p>', [['推进城市更新，完成 200 个。']]],
    ['a header inside the article (its title)', '<article><header><h2>分工方案</h2></header><p>正文。</p></article>', [['分工方案'], ['正文。']]],
    ['hidden elements', '<p>可见。</p><div style="display: none">隐藏。</div><p hidden>也隐藏。</p>', [['可见。']]],
    ['a <pre> block keeps its lines', '<pre>1.推进城市更新\n牵头单位：市住建局</pre>', [['1.推进城市更新\n牵头单位：市住建局']]],
  ])('reads %s as paragraphs', async (_what, html, paragraphs) => {
    const body = await readHtml(encoded(`<html><body>${html}</body></html>`, 'utf-8'), 'x.html');
    expect(body.blocks.map((b) => (b.kind === 'paragraph' ? [b.text] : b.rows))).toEqual(paragraphs);
  });

  it('spreads rowspan="0" to the end of the table and pads short rows', async () => {
    const html = '<table><tr><td rowspan="0">市发改委</td><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr><tr><td>丁</td><td>戊</td></tr></table>';
    const body = await readHtml(encoded(html, 'utf-8'), 'x.html');
    expect(body.blocks).toEqual([
      { kind: 'table', rows: [['市发改委', '甲', '乙'], ['市发改委', '丙', ''], ['市发改委', '丁', '戊']], page: null, sheet: null },
    ]);
  });
});

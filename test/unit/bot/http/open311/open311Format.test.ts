import { toXml, XML_NAMES } from '../../../../../bot/http/open311/open311Format';

describe('Open311 XML', () => {
  it('writes a list of flat records under the declaration, null as an empty element', () => {
    expect(toXml(XML_NAMES.errors, [{ code: 403, description: 'api_key is required' }])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>403</code><description>api_key is required</description></error></errors>\n',
    );
    expect(toXml(XML_NAMES.requests, [{ service_request_id: 'MI-2026-000001', account_id: null, lat: 45.5, metadata: false }])).toContain(
      '<request><service_request_id>MI-2026-000001</service_request_id><account_id/><lat>45.5</lat><metadata>false</metadata></request>',
    );
  });

  it('writes an empty list as an empty root', () => {
    expect(toXml(XML_NAMES.requests, [])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<service_requests></service_requests>\n');
  });

  it("escapes markup in tenants' text and drops characters XML cannot carry", () => {
    const xml = toXml(XML_NAMES.requests, [{ description: `<b>"Tom" & 'Jerry'</b>\u0000\u0007 ok\nriga 2 😀` }]);
    expect(xml).toContain('<description>&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt; ok\nriga 2 😀</description>');
  });
});

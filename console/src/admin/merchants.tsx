import { useState } from 'react';
import { useQuery } from '../api/hooks.js';
import { Link } from '../app/router.js';
import { ConsoleMerchantsDocument } from '../generated/graphql.js';
import { TextField } from '../ui/form.js';
import { formatTime } from '../ui/format.js';
import { Pager, useCursorPages } from '../ui/pager.js';
import { Empty, ErrorBox, Loading } from '../ui/states.js';
import { StatusBadge } from '../ui/status-badge.js';

const PAGE_SIZE = 50;

/** All merchants, searchable by name, client id or id within the page shown. */
export function Merchants() {
  const pages = useCursorPages();
  const [search, setSearch] = useState('');
  const query = useQuery(ConsoleMerchantsDocument, { first: PAGE_SIZE, after: pages.after });
  const needle = search.trim().toLowerCase();
  const rows = (query.data?.merchants.nodes ?? []).filter(
    (m) => !needle || m.name.toLowerCase().includes(needle) || m.clientId.toLowerCase().includes(needle) || m.id.includes(needle),
  );

  return (
    <section aria-labelledby="merchants-title">
      <div className="page-head">
        <h1 id="merchants-title">Merchants</h1>
        <Link className="btn btn-primary" to="/merchants/new">
          Onboard a merchant
        </Link>
      </div>
      <form className="filters" role="search" aria-label="Search merchants" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search" name="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, client id or id" />
      </form>
      {query.error ? <ErrorBox>Could not load merchants: {query.error}</ErrorBox> : null}
      {!query.data && !query.error ? <Loading what="merchants" /> : null}
      {query.data && rows.length === 0 ? <Empty>{needle ? 'No merchant matches this search.' : 'No merchants yet: onboard the first one.'}</Empty> : null}
      {rows.length > 0 ? (
        <table className="table" aria-label="Merchants">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Client id</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Key version</th>
              <th scope="col">Status</th>
              <th scope="col">Onboarded</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id} data-merchant-id={m.id}>
                <td>
                  <Link to={`/merchants/${m.id}`}>{m.name}</Link>
                </td>
                <td><code>{m.clientId}</code></td>
                <td>{m.baseUrl}</td>
                <td className="num">{m.keyVersion}</td>
                <td><StatusBadge status={m.status} /></td>
                <td>{formatTime(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager pages={pages} pageInfo={query.data?.merchants.pageInfo} label="Merchant pages" />
    </section>
  );
}

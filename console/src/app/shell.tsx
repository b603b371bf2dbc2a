import { useEffect, type ReactNode } from 'react';
import { Jobs } from '../admin/jobs.js';
import { MerchantDetail } from '../admin/merchant-detail.js';
import { Merchants } from '../admin/merchants.js';
import { OnboardMerchant } from '../admin/onboard-merchant.js';
import { Outbound } from '../admin/outbound.js';
import { Reconciliation } from '../admin/reconciliation.js';
import { AuthorizationReturn } from '../merchant/authorization-return.js';
import { Authorizations } from '../merchant/authorizations.js';
import { PaymentDetail } from '../merchant/payment-detail.js';
import { Payments } from '../merchant/payments.js';
import { ScheduleDetail } from '../schedules/schedule-detail.js';
import { Schedules } from '../schedules/schedules.js';
import { Button } from '../ui/buttons.js';
import { Empty } from '../ui/states.js';
import { WebhookEndpointDetail } from '../webhooks/webhook-endpoint-detail.js';
import { WebhookEndpoints } from '../webhooks/webhook-endpoints.js';
import { Link, match, navigate, usePath } from './router.js';
import { useSession } from './session-context.js';

interface Route {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
}

const ADMIN_NAV = [
  ['/merchants', 'Merchants'],
  ['/webhooks', 'Webhooks'],
  ['/jobs', 'Jobs'],
  ['/outbound', 'Outbound'],
  ['/reconciliation', 'Reconciliation'],
] as const;

const MERCHANT_NAV = [
  ['/payments', 'Payments'],
  ['/authorizations', 'Authorizations'],
  ['/schedules', 'Schedules'],
  ['/webhooks', 'Webhooks'],
] as const;

const ADMIN_ROUTES: Route[] = [
  { pattern: '/merchants', render: () => <Merchants /> },
  { pattern: '/merchants/new', render: () => <OnboardMerchant /> },
  { pattern: '/merchants/:id', render: (p) => <MerchantDetail id={p.id ?? ''} /> },
  { pattern: '/merchants/:id/webhooks', render: (p) => <WebhookEndpoints key={p.id} merchantId={p.id ?? ''} /> },
  { pattern: '/webhooks', render: () => <WebhookEndpoints /> },
  { pattern: '/webhooks/:id', render: (p) => <WebhookEndpointDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/jobs', render: () => <Jobs /> },
  { pattern: '/outbound', render: () => <Outbound /> },
  { pattern: '/reconciliation', render: () => <Reconciliation /> },
];

const MERCHANT_ROUTES: Route[] = [
  { pattern: '/payments', render: () => <Payments /> },
  { pattern: '/payments/:id', render: (p) => <PaymentDetail id={p.id ?? ''} /> },
  { pattern: '/authorizations', render: () => <Authorizations /> },
  // The wallet sends the user back here (authRedirectUrl) with authCode and authState in the query.
  { pattern: '/authorizations/return', render: () => <AuthorizationReturn /> },
  { pattern: '/schedules', render: () => <Schedules /> },
  { pattern: '/schedules/:id', render: (p) => <ScheduleDetail key={p.id} id={p.id ?? ''} /> },
  { pattern: '/webhooks', render: () => <WebhookEndpoints /> },
  { pattern: '/webhooks/:id', render: (p) => <WebhookEndpointDetail key={p.id} id={p.id ?? ''} /> },
];

export function Shell() {
  const { viewer, logOut } = useSession();
  const path = usePath();
  const admin = viewer.role === 'PLATFORM_ADMIN';
  const nav = admin ? ADMIN_NAV : MERCHANT_NAV;
  const routes = admin ? ADMIN_ROUTES : MERCHANT_ROUTES;

  useEffect(() => {
    if (path === '/') navigate(nav[0][0], { replace: true });
  }, [path, nav]);

  let page: ReactNode = <Empty>No such page here. Use the navigation above.</Empty>;
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (params) {
      page = route.render(params);
      break;
    }
  }

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Auto Debit console</span>
        <nav aria-label="Main">
          {nav.map(([to, text]) => (
            <Link key={to} to={to} aria-current={path === to || path.startsWith(`${to}/`) ? 'page' : undefined}>
              {text}
            </Link>
          ))}
        </nav>
        <span className="who">
          <span className="role" data-testid="role">{viewer.role.replaceAll('_', ' ')}</span>
          {viewer.merchant ? <span className="merchant-name">{viewer.merchant.name}</span> : null}
          <Button onClick={logOut}>Log out</Button>
        </span>
      </header>
      <main className="content">{page}</main>
    </div>
  );
}

import { Router, type Request, type Response } from 'express';
import type { ConsoleBundle } from './console-bundle.js';

export const CONSOLE_PATH = '/console';

/**
 * The web console's page. It loads only its own two assets from this server (no CDN) and talks to /graphql like any
 * client; the API key lives in the tab's sessionStorage, never in a URL.
 */
export function consoleHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Auto Debit console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CONSOLE_PATH}/assets/app.css">
<script type="module" src="${CONSOLE_PATH}/assets/app.js"></script>
</head>
<body>
<div id="root"><p class="boot">Loading the console…</p></div>
<noscript>The console needs JavaScript.</noscript>
</body>
</html>
`;
}

/** /console/assets/* are the bundle; every other /console path is the single page, which routes on the client. */
export function consoleRouter(bundle: ConsoleBundle): Router {
  const router = Router();
  router.get('/assets/:name', async (req, res, next) => {
    try {
      const asset = await bundle.asset(String(req.params.name));
      if (!asset) {
        res.status(404).end();
        return;
      }
      res.type(asset.type).set('Cache-Control', 'no-cache').send(asset.body);
    } catch (error) {
      next(error);
    }
  });
  router.get(/.*/, async (_req: Request, res: Response, next) => {
    try {
      await bundle.refresh();
      res
        .type('html')
        .set('Cache-Control', 'no-cache')
        .set('Content-Security-Policy', "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")
        .send(consoleHtml());
    } catch (error) {
      next(error);
    }
  });
  return router;
}

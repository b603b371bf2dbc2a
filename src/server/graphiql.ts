import { Router, type Request, type Response } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * GraphiQL served entirely from node_modules, so the IDE works offline (no CDN). The page loads only the assets
 * below, from this server; `test/integration/gateway` checks that the HTML references local URLs only.
 */
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'graphql-ws.js': { file: join(packageDir('graphql-ws'), 'umd/graphql-ws.min.js'), type: 'text/javascript' },
};

export const GRAPHIQL_PATH = '/graphiql';

const DEFAULT_QUERY = `# Put your API key in the Headers tab: {"Authorization": "Bearer agw_live_..."}
query Viewer {
  viewer {
    role
    apiKeyId
    merchant { id name status }
  }
}
`;

export function graphiqlHtml(): string {
  const asset = (name: string) => `${GRAPHIQL_PATH}/assets/${name}`;
  // The websocket client reuses the headers typed in GraphiQL as connectionParams, so subscriptions authenticate.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Auto Debit gateway · GraphiQL</title>
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
<link rel="stylesheet" href="${asset('graphiql.css')}">
<script src="${asset('react.js')}"></script>
<script src="${asset('react-dom.js')}"></script>
<script src="${asset('graphql-ws.js')}"></script>
<script src="${asset('graphiql.js')}"></script>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>
  const headers = () => { try { return JSON.parse(localStorage.getItem('graphiql:headers') || '{}'); } catch { return {}; } };
  const httpUrl = new URL('/graphql', location.href).toString();
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  const wsClient = graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: headers });
  const fetcher = GraphiQL.createFetcher({ url: httpUrl, wsClient });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
</script>
</body>
</html>
`;
}

export function sendGraphiql(_req: Request, res: Response): void {
  res.type('html').set('Cache-Control', 'no-cache').send(graphiqlHtml());
}

export function graphiqlRouter(): Router {
  const router = Router();
  router.get('/', sendGraphiql);
  router.get('/assets/:name', (req, res) => {
    const asset = ASSETS[String(req.params.name)];
    if (!asset) {
      res.status(404).end();
      return;
    }
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.file);
  });
  return router;
}

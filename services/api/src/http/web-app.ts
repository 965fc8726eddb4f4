// The built web app, served by the API process: hashed assets cached for a year (their names change with their
// content), index.html never cached, and index.html for every other GET outside /api and /assets, so the app's own
// routes (/status/…, /cases/…) load on a reload or from a link in an e-mail.
import { join, resolve } from 'node:path';
import express, { Router } from 'express';

export function webApp(webRoot: string): Router {
  const root = resolve(webRoot);
  const router = Router();
  router.use('/assets', express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.use(express.static(root, { index: false, maxAge: 0 }));
  router.get(/^\/(?!api(\/|$)|assets\/).*/, (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-cache');
    // Without a build (dist missing) the request goes on to the JSON 404.
    res.sendFile(join(root, 'index.html'), (error) => {
      if (error && !res.headersSent) {
        res.removeHeader('Cache-Control');
        next();
      }
    });
  });
  return router;
}

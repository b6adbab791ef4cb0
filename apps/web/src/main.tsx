import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';

const container = document.getElementById('root');

if (!container) {
  throw new Error('the page has no #root element to render medsys into');
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import '@peer-toolkit/ui/styles.css';
import './styles/admin.css';
import './styles/accounts.css';
import './styles/history.css';
import './styles/edit.css';
import './styles/transfer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root');
if (!root) throw new Error('The admin page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

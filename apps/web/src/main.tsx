import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@oogo/web-data-access';
import '@utrecht/component-library-css/dist/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import './i18n/i18n';
import './styles.css';
import './theme/oogo-theme.css';

const client = createApolloClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);

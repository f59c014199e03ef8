window.YTD.sso.part0 = [
  {
    "sso" : {
      "ssoId" : "109876543210987654321",
      "ssoEmail" : "sam.sample@example.org",
      "associationMethodType" : "Login",
      "createdAt" : "2023-01-10T09:00:00.000Z"
    }
  }
]
